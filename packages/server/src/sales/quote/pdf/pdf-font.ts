import fs from 'node:fs';
import * as fontkit from 'fontkit';

/** Where the CJK font embedded in PDFs comes from (`LODESTAR_PDF_FONT`, `LODESTAR_PDF_FONT_FACE`). */
export interface PdfFontSource {
  path: string;
  /** PostScript name of the face inside a collection (.ttc); ignored for a single font. */
  face: string;
}

/** Thrown when the configured PDF font cannot be used; the message says what to do. */
export class PdfFontError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfFontError';
  }
}

const cache = new Map<string, fontkit.Font>();

/**
 * The parsed font, read once per path and face and shared by every PDF (parsing a 20 MB collection per
 * document would cost more than rendering it). Throws `PdfFontError` when the file or the face is missing.
 */
export function loadPdfFont({ path, face }: PdfFontSource): fontkit.Font {
  const key = `${path}#${face}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (!fs.existsSync(path))
    throw new PdfFontError(
      `PDF font not found: ${path}. Install a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk) or set LODESTAR_PDF_FONT to a TTF, OTF or TTC file with Chinese glyphs.`,
    );
  let opened: fontkit.Font | fontkit.FontCollection;
  try {
    opened = fontkit.openSync(path);
  } catch (error) {
    throw new PdfFontError(`PDF font ${path} is not a readable TTF, OTF or TTC file: ${String(error)}`);
  }
  const font = 'fonts' in opened ? pickFace(opened, path, face) : opened;
  cache.set(key, font);
  return font;
}

function pickFace(collection: fontkit.FontCollection, path: string, face: string): fontkit.Font {
  const font = collection.getFont(face);
  if (font) return font;
  const faces = collection.fonts.map((candidate) => candidate.postscriptName).join(', ');
  throw new PdfFontError(`PDF font ${path} has no face "${face}" (LODESTAR_PDF_FONT_FACE); it has: ${faces}`);
}
