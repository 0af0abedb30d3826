/** Where npm start (on systems without desktop Excel) records the dev server it runs, for npm stop. */
const os = require("os");
const path = require("path");

function devServerInfoFile() {
  return path.join(os.tmpdir(), "cx-gap-dev-server.json");
}

module.exports = { devServerInfoFile };
