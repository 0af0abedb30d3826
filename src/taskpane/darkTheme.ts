// Kept apart so that the light-themed pane never downloads the dark theme's tokens.
export { webDarkTheme } from "@fluentui/react-components";
