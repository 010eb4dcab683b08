import { Role } from '@nexus/contracts';

/** A link into the web app. A path may start with `/:portal/`, the asker's own portal. */
export type HelpLink = { label: string; path: string };

/** One help page of docs/help: one how-to topic, for the roles it names. */
export type HelpTopic = {
  /** The file name without `.md`. */
  id: string;
  title: string;
  roles: Role[];
  keywords: string[];
  links: HelpLink[];
  /** The first paragraph: the answer in a few sentences. */
  summary: string;
  /** Everything after the summary (numbered steps and notes), as light markdown. */
  body: string;
};

/** A help page that does not follow the format; the message names the file and the line. */
export class HelpFormatError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'HelpFormatError';
  }
}

const unquote = (value: string): string => {
  const trimmed = value.trim();
  const quote = trimmed[0];
  return (quote === '"' || quote === "'") && trimmed.endsWith(quote) && trimmed.length >= 2
    ? trimmed.slice(1, -1)
    : trimmed;
};

const inlineList = (value: string): string[] | null => {
  const trimmed = value.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return null;
  return trimmed
    .slice(1, -1)
    .split(',')
    .map(unquote)
    .filter((item) => item !== '');
};

type Fields = { scalars: Map<string, string>; links: HelpLink[] };

/**
 * Reads exactly the front matter the help pages use (`key: value`, `key: [a, b]`, and a `links:` list
 * of `- label:` / `path:` pairs), so no YAML library is needed; anything else is an error, because a
 * silently misread page would answer users wrongly.
 */
function readFields(file: string, lines: readonly string[]): Fields {
  const scalars = new Map<string, string>();
  const links: HelpLink[] = [];
  let inLinks = false;
  let pending: Partial<HelpLink> | null = null;
  const closeLink = (lineNo: number) => {
    if (!pending) return;
    if (!pending.label || !pending.path)
      throw new HelpFormatError(file, `line ${lineNo}: a link needs label and path`);
    links.push({ label: pending.label, path: pending.path });
    pending = null;
  };
  lines.forEach((line, index) => {
    const lineNo = index + 2;
    if (line.trim() === '') return;
    const item = /^\s+-\s+(label|path):\s*(.*)$/.exec(line);
    const continued = /^\s+(label|path):\s*(.*)$/.exec(line);
    if (inLinks && item) {
      closeLink(lineNo);
      pending = { [item[1] ?? '']: unquote(item[2] ?? '') };
      return;
    }
    if (inLinks && continued && pending) {
      pending = { ...pending, [continued[1] ?? '']: unquote(continued[2] ?? '') };
      return;
    }
    const field = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!field) throw new HelpFormatError(file, `line ${lineNo}: cannot read "${line}"`);
    closeLink(lineNo);
    const [, key = '', value = ''] = field;
    inLinks = key === 'links' && value.trim() === '';
    if (!inLinks) scalars.set(key, value);
  });
  closeLink(lines.length + 1);
  return { scalars, links };
}

const isRole = (value: string): value is Role => Role.safeParse(value).success;

/** Parses one help page; `id` is its file name without `.md`. */
export function parseHelpTopic(id: string, source: string): HelpTopic {
  const file = `${id}.md`;
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!match) throw new HelpFormatError(file, 'no front matter between --- lines at the top');
  const [, head = '', content = ''] = match;
  const { scalars, links } = readFields(file, head.split(/\r?\n/));

  const title = unquote(scalars.get('title') ?? '');
  const roles = inlineList(scalars.get('roles') ?? '');
  const keywords = inlineList(scalars.get('keywords') ?? '');
  if (title === '') throw new HelpFormatError(file, 'title is missing');
  if (!roles || roles.length === 0) throw new HelpFormatError(file, 'roles must be a non-empty [list]');
  if (!keywords || keywords.length === 0)
    throw new HelpFormatError(file, 'keywords must be a non-empty [list]');
  const unknownRole = roles.find((role) => !isRole(role));
  if (unknownRole !== undefined) throw new HelpFormatError(file, `unknown role "${unknownRole}"`);
  if (links.length === 0) throw new HelpFormatError(file, 'at least one link is needed');
  const badLink = links.find((link) => !link.path.startsWith('/') || link.path.startsWith('//'));
  if (badLink) throw new HelpFormatError(file, `link "${badLink.label}" must be an app path starting with /`);

  const [summary = '', ...rest] = content.trim().split(/\r?\n\s*\r?\n/);
  if (summary.trim() === '') throw new HelpFormatError(file, 'the summary paragraph is missing');
  return {
    id,
    title,
    roles: roles.filter(isRole),
    keywords,
    links,
    summary: summary.replace(/\s*\r?\n\s*/g, ' ').trim(),
    body: rest.join('\n\n').trim(),
  };
}
