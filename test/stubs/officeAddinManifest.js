// Stand-in for office-addin-manifest under jest (see jest.config.js).
module.exports = {};
