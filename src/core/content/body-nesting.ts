/**
 * How deep a Markdown body nests: blockquotes, lists and footnotes inside each other, emphasis
 * and links inside those. Parsers and renderers walk such trees one call per level, and some take
 * time in the square of the depth: a 5,000-character body of nested `>` takes seconds to parse and
 * overflows the stack when rendered. So depth is bounded before anything parses a body, by one
 * pass over its text that never counts fewer levels than a parser would build.
 */

/** The deepest point of a body: how many levels, on which line (1 = the body's first line). */
export interface Nesting {
  depth: number;
  line: number;
}

// A blockquote, list item or footnote marker at the start of a line, after any earlier ones, with
// the one space that belongs to it (further indentation counts as columns).
const MARKERS = [/>[ \t]?/y, /[-+*](?:[ \t]|$)/y, /\d{1,9}[.)](?:[ \t]|$)/y, /\[\^[^\]\s]{1,999}\]:[ \t]?/y];

/**
 * An upper bound on the nesting of a body, in one pass over its text. Blocks: every container
 * marker at a line's start counts a level, and so does every two columns of indentation (a nested
 * list item is indented past its parent's marker). Inline: every emphasis delimiter that can open
 * counts a level until a delimiter that can only close takes it back, and every unclosed `[` counts one.
 * Blank lines end a paragraph, and so everything inline. Over-counting only ever refuses a body a
 * parser would also find too deep or very odd; under-counting is what this must never do.
 */
export function nestingBound(body: string): Nesting {
  let deepest: Nesting = { depth: 0, line: 1 };
  let paragraph = new InlineDepth();
  let blocks = 0;
  body.split(/\r\n|\r|\n/).forEach((text, i) => {
    if (text.trim() === '') {
      paragraph = new InlineDepth();
      blocks = 0;
      return;
    }
    const prefix = blockPrefix(text);
    // A lazy continuation line shows fewer markers than the containers it sits in: keep the deepest.
    blocks = Math.max(blocks, prefix.depth);
    const inline = paragraph.read(text.slice(prefix.length));
    if (blocks + inline > deepest.depth) deepest = { depth: blocks + inline, line: i + 1 };
  });
  return deepest;
}

/** Container levels a line opens or continues, and where its content starts. */
function blockPrefix(text: string): { depth: number; length: number } {
  let at = 0;
  let columns = 0;
  let markers = 0;
  while (at < text.length) {
    const char = text[at];
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4;
    else {
      const length = markerAt(text, at);
      if (length === 0) break;
      markers += 1;
      at += length;
      continue;
    }
    at += 1;
  }
  return { depth: markers + Math.floor(columns / 2), length: at };
}

/** Length of the container marker starting at `at`, or 0. */
function markerAt(text: string, at: number): number {
  for (const marker of MARKERS) {
    marker.lastIndex = at;
    const found = marker.exec(text);
    if (found) return found[0].length;
  }
  return 0;
}

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Open emphasis delimiters of one paragraph, per bracket level, read a line at a time. */
class InlineDepth {
  // One frame per unclosed `[`: the delimiters opened inside it cannot be closed from outside.
  private readonly frames: Record<string, number>[] = [{}];
  /** Open delimiters in every frame plus unclosed brackets: the depth at the current point. */
  private open = 0;

  /** Reads one more line of the paragraph; returns the deepest inline nesting seen in it. */
  read(text: string): number {
    let deepest = this.open;
    for (let at = 0; at < text.length; at++) {
      const char = text[at] ?? '';
      if (char === '\\') {
        at += 1;
      } else if (char === '[') {
        this.frames.push({});
        this.open += 1;
      } else if (char === ']' && this.frames.length > 1) {
        // Kept open in the enclosing frame: if no link forms, a later closer may still close them.
        const inner = this.frames.pop() ?? {};
        const outer = this.top();
        for (const [delimiter, count] of Object.entries(inner)) outer[delimiter] = (outer[delimiter] ?? 0) + count;
        this.open -= 1;
      } else if (char === '*' || char === '_' || char === '~') {
        let end = at;
        while (text[end + 1] === char) end += 1;
        this.delimiter(char, end - at + 1, text[at - 1], text[end + 1]);
        at = end;
      }
      deepest = Math.max(deepest, this.open);
    }
    return deepest;
  }

  private delimiter(char: string, length: number, before: string | undefined, after: string | undefined): void {
    const space = (c: string | undefined) => c === undefined || WHITESPACE.test(c);
    const punct = (c: string | undefined) => c !== undefined && PUNCTUATION.test(c);
    const left = !space(after) && (!punct(after) || space(before) || punct(before));
    const right = !space(before) && (!punct(before) || space(after) || punct(after));
    const opens = char === '_' ? left && (!right || punct(before)) : left;
    const closes = char === '_' ? right && (!left || punct(after)) : right;
    const frame = this.top();
    const held = frame[char] ?? 0;
    // A run that may close or open is counted as opening: the deeper of the two readings.
    const now = opens ? held + length : closes ? Math.max(0, held - length) : held;
    frame[char] = now;
    this.open += now - held;
  }

  private top(): Record<string, number> {
    return this.frames.at(-1) ?? {};
  }
}
