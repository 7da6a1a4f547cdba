// The JSON Schema (draft 2020-12) of one output record, as printed by `wirecut schema`.
// Tests validate every fixture's output against it; keep it in step with src/types.ts.

const span = {
  start: { type: 'integer', minimum: 0, description: 'offset (UTF-16 code units) into the input text' },
  end: { type: 'integer', minimum: 0, description: 'end offset (exclusive) into the input text' },
} as const;

const isoDate = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

const article = {
  type: 'object',
  required: ['source', 'headline', 'date', 'dateline', 'agencies', 'people', 'quotes', 'body', 'removed', 'warnings', 'stats'],
  properties: {
    source: { type: ['string', 'null'], description: 'file path, record id, or null for standard input' },
    headline: { type: ['string', 'null'] },
    date: { ...isoDate, description: 'ISO date of the story' },
    dateSource: { enum: ['dateline', 'header', 'option', 'record', null], description: 'where `date` came from' },
    dateField: { type: ['string', 'null'], description: 'with dateSource "record": the NDJSON field the date was read from' },
    dateline: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['text', 'place', 'region', 'date', 'agency', 'start', 'end'],
          properties: {
            text: { type: 'string', description: 'exactly as in the input' },
            place: { type: ['string', 'null'] },
            region: { type: ['string', 'null'] },
            date: isoDate,
            yearImplied: { type: 'boolean', description: 'the year was not written but taken from the reference date' },
            agency: { type: ['string', 'null'] },
            ...span,
          },
        },
      ],
    },
    agencies: { type: 'array', items: { type: 'string' } },
    people: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'aliases', 'roles', 'mentions', 'quotes'],
        properties: {
          name: { type: 'string', minLength: 1 },
          aliases: { type: 'array', items: { type: 'string' } },
          roles: { type: 'array', items: { type: 'string' } },
          mentions: { type: 'integer', minimum: 0 },
          quotes: { type: 'integer', minimum: 0 },
          gender: { enum: ['male', 'female', null] },
        },
      },
    },
    quotes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['text', 'speaker', 'speakerType', 'cue', 'attribution', 'start', 'end'],
        properties: {
          text: { type: 'string' },
          speaker: { type: ['string', 'null'] },
          speakerType: { enum: ['person', 'group', null] },
          cue: { type: ['string', 'null'] },
          attribution: { enum: ['explicit', 'pronoun', 'description', 'context', 'none'] },
          paragraphs: { type: 'integer', minimum: 1 },
          ...span,
        },
      },
    },
    body: { type: 'string' },
    removed: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'text', 'start', 'end'],
        properties: {
          kind: { type: 'string' },
          text: { type: 'string' },
          rule: { type: 'string' },
          ...span,
        },
      },
    },
    warnings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: { type: 'string' }, ...span },
      },
    },
    stats: {
      type: 'object',
      required: ['characters', 'words', 'paragraphs', 'quotes'],
      properties: {
        characters: { type: 'integer', minimum: 0 },
        words: { type: 'integer', minimum: 0 },
        paragraphs: { type: 'integer', minimum: 0 },
        quotes: { type: 'integer', minimum: 0 },
      },
    },
  },
} as const;

const failure = {
  type: 'object',
  required: ['source', 'error'],
  properties: {
    source: { type: ['string', 'null'] },
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

export const recordSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/wirecut/wirecut/record.schema.json',
  title: 'wirecut record',
  description: 'One output record: an extracted article, or an error in its place.',
  oneOf: [article, failure],
} as const;
