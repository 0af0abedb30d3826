// Stand-in for office-addin-manifest under jest (see jest.config.js). office-addin-mock only reads the
// OfficeApp enum from it, to tell Outlook's API shape from the others; the real module pulls ESM-only
// dependencies that jest's CommonJS loader cannot load on Node 20.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
