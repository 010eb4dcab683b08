import { describe, expect, it } from 'vitest';
import { findHealthArticle, HEALTH_ARTICLES } from './health-articles.ts';
import type { HealthArticleKind } from './health-info.types.ts';

const KINDS: readonly HealthArticleKind[] = ['condition', 'test', 'medicine', 'prevention', 'symptom'];
const SOURCE_HOSTS = ['www.nhs.uk', 'www.cdc.gov', 'medlineplus.gov', 'www.who.int', 'www.nice.org.uk'];

describe('HEALTH_ARTICLES', () => {
  it('holds at least 90 articles, with at least 10 of each kind', () => {
    expect(HEALTH_ARTICLES.length).toBeGreaterThanOrEqual(90);
    for (const kind of KINDS) {
      expect(HEALTH_ARTICLES.filter((article) => article.kind === kind).length, kind).toBeGreaterThanOrEqual(
        10,
      );
    }
  });

  it('has unique kebab-case ids and unique titles', () => {
    const ids = HEALTH_ARTICLES.map((article) => article.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const titles = HEALTH_ARTICLES.map((article) => article.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(HEALTH_ARTICLES.map((article) => [article.id, article] as const))(
    '%s is complete',
    (_, article) => {
      expect(article.title.trim()).not.toBe('');
      expect(article.keywords.length).toBeGreaterThanOrEqual(3);
      for (const keyword of article.keywords) expect(keyword.trim()).toBe(keyword);
      expect(article.summary.length).toBeGreaterThan(40);
      expect(article.summary.length).toBeLessThan(400);
      expect(article.sections.length).toBeGreaterThanOrEqual(2);
      expect(article.sections.length).toBeLessThanOrEqual(5);
      const headings = article.sections.map((section) => section.heading);
      expect(new Set(headings).size).toBe(headings.length);
      for (const section of article.sections) {
        expect(section.heading.trim()).not.toBe('');
        expect(section.text.length).toBeGreaterThan(30);
        expect(section.text).toMatch(/[.!?)]$/);
      }
      expect(article.summary).toMatch(/[.!?]$/);
      expect(article.reviewed).toMatch(/^20\d{2}-(0[1-9]|1[0-2])$/);
    },
  );

  it('cites an https page of the NHS, CDC, MedlinePlus, WHO or NICE for every article', () => {
    for (const article of HEALTH_ARTICLES) {
      const url = new URL(article.source.url);
      expect(url.protocol, article.id).toBe('https:');
      expect(SOURCE_HOSTS, article.id).toContain(url.hostname);
      expect(url.pathname.length, article.id).toBeGreaterThan(1);
      expect(article.source.title, article.id).toMatch(/^(NHS|CDC|MedlinePlus|WHO|NICE): \S/);
    }
  });

  it('finds an article by id', () => {
    expect(findHealthArticle('hba1c-test')?.kind).toBe('test');
    expect(findHealthArticle('no-such-article')).toBeUndefined();
  });
});
