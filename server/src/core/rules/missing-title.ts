/** missing-title: the policy does not say what it is in a title line ("Privacy Policy") at its top. */
import type { PolicyDocument } from '../model';
import { frontMatterEnd } from '../parse/markdown';
import type { Rule } from './types';
import { PolicyLanguage, policyLanguage } from '../text/language';
import { eolOf, lineTextAt, nextTextLine } from './util';

/** A `title:` key in a Markdown file's front matter: the site built from it shows that title. */
const RE_FRONT_MATTER_TITLE = /^title[ \t]*:[ \t]*\S/i;

const RE_FIRST_WORD = /^\S{1,40}/;
/** The title the fix adds, in the policy's language. */
const TITLES: Record<PolicyLanguage, string> = {
  en: 'Privacy Policy', zh: '隐私政策', ja: 'プライバシーポリシー', ko: '개인정보 처리방침',
  de: 'Datenschutzerklärung', fr: 'Politique de confidentialité', es: 'Política de privacidad', pt: 'Política de Privacidade', it: 'Informativa sulla privacy',
};

/** What the rule finds, in a sentence (see RULE_DESCRIPTIONS). */
export const description = 'The policy has no title line at its top naming it ("Privacy Policy"), so readers cannot tell what the document is.';

export const missingTitle: Rule = {
  code: 'missing-title',
  defaultSeverity: 'info',
  check({ doc }) {
    if (doc.title) return [];
    const frontMatter = frontMatterLines(doc);
    for (let i = 1; i < frontMatter - 1; i++) if (RE_FRONT_MATTER_TITLE.test(lineTextAt(doc, i))) return [];
    const first = firstTextLine(doc, frontMatter);
    if (first === undefined) return [];
    // The first word of the text, where the title belongs (not the whole of what may be a long paragraph).
    const word = RE_FIRST_WORD.exec(doc.text.slice(first, first + 40))?.[0] ?? '';
    return [{ start: first, end: first + word.length, message: 'This policy has no title. Add a title line at the top that names it, such as "Privacy Policy".' }];
  },
  fixes({ doc }) {
    const eol = eolOf(doc.text);
    // Right before the text: after a byte order mark, which stays the first character of the file, and after
    // Markdown's front matter, which stays its first lines.
    const at = firstTextLine(doc, frontMatterLines(doc)) ?? (doc.text.charCodeAt(0) === 0xfeff ? 1 : 0);
    const title = `${doc.format === 'markdown' ? '# ' : ''}${TITLES[policyLanguage(doc.text)]}`;
    return [{ title: `Add the title "${title.replace(/^# /, '')}"`, edits: [{ start: at, end: at, newText: `${title}${eol}${eol}` }], preferred: true }];
  },
};

/** The number of lines of a Markdown file's front matter (`---` … `---`), 0 without one. */
function frontMatterLines(doc: PolicyDocument): number {
  return doc.format === 'markdown' ? frontMatterEnd(doc.text, doc.lines.length, (i) => doc.lines.starts[i], (i) => doc.lines.ends[i]) : 0;
}

/** Where the text of the first line from `from` that holds any starts; undefined for a document of blank lines. */
function firstTextLine(doc: PolicyDocument, from: number): number | undefined {
  const i = nextTextLine(doc, from);
  return i < 0 ? undefined : doc.lines.starts[i] + lineTextAt(doc, i).search(/[^\s\ufeff]/);
}
