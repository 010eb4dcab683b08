/**
 * The shape of the curated health-information library the offline assistant answers from: short,
 * plain-language articles written for this project, each pointing at the public page (NHS, CDC, NIH
 * MedlinePlus, WHO, NICE) a reader can go to for more. Guidance, not diagnosis.
 */

/** What an article is about; retrieval uses it to prefer tests for "how is it diagnosed" and so on. */
export type HealthArticleKind = 'condition' | 'test' | 'medicine' | 'prevention' | 'symptom';

/** One short section of an article, such as "Symptoms", "Results" or "Side effects". */
export type HealthSection = { heading: string; text: string };

/** Where a reader can find the authoritative version of the topic. */
export type HealthSource = { title: string; url: string };

/** One curated article. */
export type HealthArticle = {
  /** Stable kebab-case key: 'type-2-diabetes'. */
  id: string;
  title: string;
  kind: HealthArticleKind;
  /** Synonyms, lay words, abbreviations and other spellings people search with: 'sugar diabetes', 'T2DM'. */
  keywords: readonly string[];
  /** The direct answer in one or two sentences. */
  summary: string;
  /** Two to five short sections. */
  sections: readonly HealthSection[];
  source: HealthSource;
  /** When the text was last checked against its source: 'YYYY-MM'. */
  reviewed: string;
};

/** One search hit: the article, its relevance score (higher is better) and the section that fits best. */
export type HealthMatch = { article: HealthArticle; score: number; section?: HealthSection };

/**
 * The library's reply to a question: the best article with the section that answers the question's
 * intent (when one does) and a few related articles, or `unknown` when the library does not cover it.
 */
export type HealthAnswer =
  | { kind: 'answer'; article: HealthArticle; section?: HealthSection; related: readonly HealthArticle[] }
  | { kind: 'unknown' };
