// The text of a PDF that Chromium (Skia) wrote, for tests on a machine without pdftotext:
// inflates the page content streams, maps each font's glyph codes through its ToUnicode
// CMap, and joins the text shown between BT and ET, one line per text object, following the
// form XObjects a page draws (Chromium puts text with opacity, for one, in a form), with resource
// dictionaries inline or in objects of their own. Enough for
// Skia's output (Type0 fonts, Identity-H, hex strings in Tj/TJ), not a general PDF reader.
import { inflateSync } from "node:zlib";

type PdfObject = { dictionary: string; stream: Buffer | null };

export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const start = body.indexOf("stream");
    if (start === -1) {
      objects.set(Number(match[1]), { dictionary: body, stream: null });
      continue;
    }
    const raw = body.slice(start + "stream".length).replace(/^\r?\n/, "");
    const bytes = Buffer.from(raw.slice(0, raw.lastIndexOf("endstream")).replace(/\r?\n$/, ""), "latin1");
    const dictionary = body.slice(0, start);
    let stream: Buffer | null = bytes;
    if (dictionary.includes("/FlateDecode")) {
      try {
        stream = inflateSync(bytes);
      } catch {
        stream = null;
      }
    }
    objects.set(Number(match[1]), { dictionary, stream });
  }
  return objects;
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(pair[1]!, 16), hexText(pair[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [from, to, first] = [parseInt(range[1]!, 16), parseInt(range[2]!, 16), parseInt(range[3]!, 16)];
      for (let code = from; code <= to; code++) map.set(code, String.fromCodePoint(first + code - from));
    }
  }
  return map;
}

export function pdfText(pdf: Buffer): string {
  const objects = pdfObjects(pdf);
  const reference = (dictionary: string, key: string) => {
    const match = dictionary.match(new RegExp(`/${key}\\s*(\\d+)\\s+0\\s+R`));
    return match ? Number(match[1]) : undefined;
  };
  // A page's or a form's resources: inline, or an object of their own.
  const resourcesOf = (dictionary: string) => {
    const id = reference(dictionary, "Resources");
    return id === undefined ? dictionary : (objects.get(id)?.dictionary ?? "");
  };
  // A resource dictionary's fonts or forms: written inline (`/Font << /F1 7 0 R >>`) or as an
  // object of its own (`/Font 6 0 R`). PDF allows either; reading only the first would drop
  // every line of a page or form written the other way, without a sign.
  const entries = (resources: string, kind: "Font" | "XObject") => {
    const inline = resources.match(new RegExp(`/${kind}\\s*<<([^>]*)>>`))?.[1];
    const id = inline === undefined ? reference(resources, kind) : undefined;
    const dictionary = inline ?? (id === undefined ? "" : (objects.get(id)?.dictionary ?? ""));
    return [...dictionary.matchAll(/\/([\w.+-]+)\s*(\d+)\s+0\s+R/g)].map(
      (entry) => [entry[1]!, Number(entry[2])] as const,
    );
  };
  const lines: string[] = [];

  /** The text of a content stream; a form it draws (`Do`) is read where it is drawn, with its own fonts. */
  function readContent(content: string, resources: string, inherited: Map<string, Map<number, string>>, depth: number) {
    const fonts = new Map(inherited);
    for (const [name, id] of entries(resources, "Font")) {
      const font = objects.get(id);
      const cmapId = font && reference(font.dictionary, "ToUnicode");
      const cmap = cmapId === undefined ? undefined : objects.get(cmapId)?.stream;
      fonts.set(name, cmap ? toUnicodeMap(cmap.toString("latin1")) : new Map());
    }
    const forms = new Map(entries(resources, "XObject"));
    for (const part of content.matchAll(/\bBT\b([\s\S]*?)\bET\b|\/(\w+)\s+Do\b/g)) {
      if (part[2] !== undefined) {
        // Chromium draws text with transparency, or in a layer of its own, as a form XObject.
        const form = objects.get(forms.get(part[2]) ?? -1);
        if (form?.stream && /\/Subtype\s*\/Form/.test(form.dictionary) && depth < 8)
          readContent(form.stream.toString("latin1"), resourcesOf(form.dictionary), fonts, depth + 1);
        continue;
      }
      let font = new Map<number, string>();
      let line = "";
      for (const token of part[1]!.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\[([^\]]*)\]\s*TJ/g)) {
        if (token[1]) font = fonts.get(token[1]) ?? new Map();
        const hexes =
          token[2] !== undefined
            ? [token[2]]
            : token[3] !== undefined
              ? [...token[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]!)
              : [];
        for (const hex of hexes)
          for (const code of hex.match(/.{4}/g) ?? []) line += font.get(parseInt(code, 16)) ?? "";
      }
      if (line) lines.push(line);
    }
  }

  for (const page of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(page.dictionary)) continue;
    const contentIds = page.dictionary.match(/\/Contents\s*(?:(\d+)\s+0\s+R|\[([^\]]*)\])/);
    const ids = contentIds?.[1]
      ? [Number(contentIds[1])]
      : [...(contentIds?.[2] ?? "").matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
    const content = ids.map((id) => objects.get(id)?.stream?.toString("latin1") ?? "").join("\n");
    readContent(content, resourcesOf(page.dictionary), new Map(), 0);
  }
  return lines.join("\n");
}
