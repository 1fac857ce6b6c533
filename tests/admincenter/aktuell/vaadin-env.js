// Runs before any Vaadin module: the practice site behaves like a Flow app in production mode.
// The development-mode detector reads window.Vaadin.developmentMode once; with false it never gathers
// usage statistics nor sends anything to tools.vaadin.com (npm run practice serves on localhost, which it
// would otherwise treat as development).
window.Vaadin = window.Vaadin || {};
window.Vaadin.developmentMode = false;
