// Stand-in for static assets imported by UI code under jest.
module.exports = "asset-stub";
