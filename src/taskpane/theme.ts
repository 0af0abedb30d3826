import { webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * The Fluent theme matching Office's: dark when Office's body background is dark. Office.context.officeTheme
 * is missing on some hosts (and in a plain browser), which gives the light theme. The dark theme is loaded
 * only when it is needed, so that the pane does not carry both.
 */
export async function fluentThemeFor(bodyBackgroundColor: string | undefined): Promise<Theme> {
  if (!isDark(bodyBackgroundColor)) return webLightTheme;
  const { webDarkTheme } = await import(/* webpackChunkName: "dark-theme" */ "./darkTheme");
  return webDarkTheme;
}

/** relative luminance (ITU-R BT.709 weights) of a "#rrggbb" colour below middle grey */
export function isDark(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!match) return false;
  const value = parseInt(match[1] ?? "ffffff", 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
