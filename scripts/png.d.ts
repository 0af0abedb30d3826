export function encodePng(width: number, height: number, rgba: Buffer): Buffer;
export function readPngHeader(bytes: Buffer): {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
};
export function crc32(bytes: Uint8Array): number;
