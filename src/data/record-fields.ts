// Where feeds and news APIs keep a story's publication date, in the order they are tried when
// `--date-field` is not given: NDJSON exports (`date`), RSS and Atom converted to JSON (`pubDate`,
// `published`), NewsAPI and GNews (`publishedAt`), Mediastack and scrapers (`published_at`),
// schema.org NewsArticle (`datePublished`). Adding a feed's field is adding an entry.

export const DEFAULT_DATE_FIELDS = [
  'date',
  'published',
  'publishedAt',
  'published_at',
  'pubDate',
  'datePublished',
  'publish_date',
  'published_date',
] as const;
