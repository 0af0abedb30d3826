/**
 * The icons the manifest names are real PNG files of the sizes it declares. The files are read here
 * with zlib and the PNG specification's layout (W3C PNG, 2nd edition), not with the encoder that wrote them.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { DEV_URL, NS, ROOT, elements, only, parseManifest } from "./manifestXml";

interface DecodedPng {
  width: number;
  height: number;
  colorType: number;
  bitDepth: number;
  /** RGBA rows, when the file is 8-bit RGBA without filters other than "none" */
  pixelAt?: (x: number, y: number) => [number, number, number, number];
}

function decodePng(file: string): DecodedPng {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let offset = 8;
  let header: DecodedPng | undefined;
  const data: Buffer[] = [];
  let ended = false;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8]!,
        colorType: body[9]!,
      };
    } else if (type === "IDAT") {
      data.push(body);
    } else if (type === "IEND") {
      ended = true;
    }
    offset += 12 + length;
  }
  if (!header || !ended) throw new Error(`${file}: no IHDR or IEND chunk`);
  const { width, height } = header;
  const raw = zlib.inflateSync(Buffer.concat(data));
  if (header.colorType === 6 && header.bitDepth === 8 && raw.length === height * (1 + 4 * width)) {
    const unfiltered = Array.from({ length: height }, (_, row) => raw[row * (1 + 4 * width)] === 0).every(
      Boolean,
    );
    if (unfiltered) {
      header.pixelAt = (x, y) => {
        const start = y * (1 + 4 * width) + 1 + 4 * x;
        return [raw[start]!, raw[start + 1]!, raw[start + 2]!, raw[start + 3]!];
      };
    }
  }
  return header;
}

function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  return path.join(ROOT, url.slice(DEV_URL.length));
}

const { root } = parseManifest();

describe("icons", () => {
  const declared: Array<[string, number]> = [
    [only(root, NS.app, "IconUrl").getAttribute("DefaultValue") ?? "", 32],
    [only(root, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
  ];
  const resourceImages = new Map(
    elements(only(root, NS.bt, "Images"), NS.bt, "Image").map((image) => [image.getAttribute("id"), image]),
  );
  // <bt:Image size="…" resid="…"/> in the ribbon → the resource's URL, at that size
  for (const use of elements(only(root, NS.overrides, "Hosts"), NS.bt, "Image")) {
    const resource = resourceImages.get(use.getAttribute("resid"));
    declared.push([resource?.getAttribute("DefaultValue") ?? "", Number(use.getAttribute("size"))]);
  }

  test.each(declared)("%s is a %i px PNG", (url, size) => {
    const png = decodePng(assetFile(url));
    expect([png.width, png.height]).toEqual([size, size]);
  });

  test.each([16, 32, 64, 80, 128])(
    "assets/icon-%i.png: RGBA, square, transparent corners, teal body",
    (size) => {
      const png = decodePng(path.join(ROOT, "assets", `icon-${size}.png`));
      expect([png.width, png.height, png.colorType, png.bitDepth]).toEqual([size, size, 6, 8]);
      expect(png.pixelAt).toBeDefined();
      expect(png.pixelAt!(0, 0)[3]).toBe(0); // rounded corner
      const [red, green, blue, alpha] = png.pixelAt!(Math.floor(size * 0.1), Math.floor(size / 2));
      expect(alpha).toBe(255);
      expect(green).toBeGreaterThan(red + 60); // teal: green and blue well above red
      expect(blue).toBeGreaterThan(red + 60);
    },
  );
});
