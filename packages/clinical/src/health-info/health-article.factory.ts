import type { HealthArticle, HealthArticleKind, HealthSource } from './health-info.types.ts';

/** The month the article texts were last checked against their sources. */
export const LAST_REVIEWED = '2026-12';

/**
 * One article as written in the tables: keywords as one comma-separated string and sections as an
 * ordered heading → text record, so that each row stays short and readable.
 */
export type ArticleRow = {
  id: string;
  title: string;
  keywords: string;
  summary: string;
  sections: Readonly<Record<string, string>>;
  source: HealthSource;
  reviewed?: string;
};

function build(kind: HealthArticleKind, row: ArticleRow): HealthArticle {
  return {
    id: row.id,
    title: row.title,
    kind,
    keywords: row.keywords
      .split(',')
      .map((keyword) => keyword.trim())
      .filter((keyword) => keyword.length > 0),
    summary: row.summary,
    sections: Object.entries(row.sections).map(([heading, text]) => ({ heading, text })),
    source: row.source,
    reviewed: row.reviewed ?? LAST_REVIEWED,
  };
}

/** Build an article of one kind from a table row. */
export const conditionArticle = (row: ArticleRow): HealthArticle => build('condition', row);
export const testArticle = (row: ArticleRow): HealthArticle => build('test', row);
export const medicineArticle = (row: ArticleRow): HealthArticle => build('medicine', row);
export const preventionArticle = (row: ArticleRow): HealthArticle => build('prevention', row);
export const symptomArticle = (row: ArticleRow): HealthArticle => build('symptom', row);

/** An NHS website page: `nhs('conditions/asthma/', 'Asthma')`. */
export const nhs = (path: string, title: string): HealthSource => ({
  title: `NHS: ${title}`,
  url: `https://www.nhs.uk/${path}`,
});

/** A MedlinePlus (US National Library of Medicine) page: `medlineplus('asthma.html', 'Asthma')`. */
export const medlineplus = (path: string, title: string): HealthSource => ({
  title: `MedlinePlus: ${title}`,
  url: `https://medlineplus.gov/${path}`,
});

/** A US Centers for Disease Control and Prevention page. */
export const cdc = (path: string, title: string): HealthSource => ({
  title: `CDC: ${title}`,
  url: `https://www.cdc.gov/${path}`,
});

/** A World Health Organization fact sheet: `who('hypertension', 'Hypertension')`. */
export const who = (slug: string, title: string): HealthSource => ({
  title: `WHO: ${title}`,
  url: `https://www.who.int/news-room/fact-sheets/detail/${slug}`,
});
