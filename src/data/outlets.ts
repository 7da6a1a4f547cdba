// Outlets that republish wire copy, and the notices they append to it ("This story has not
// been edited by ... staff"). The wording of an outlet's standard notice is a fact about that
// outlet, matched as it is written; adding an outlet is adding an entry here.
//
// Each notice is regex source for the words of the notice, without the brackets around it or
// its final full stop (both optional when matched). A space in the source stands for any run
// of white space, so a notice hard-wrapped over two lines still matches whole. Agencies named
// in a notice ("Source: PTI") are credited by the stage.

export interface Outlet {
  /** The outlet, as it names itself. */
  name: string;
  /** Rule id reported in `removed[].rule`. */
  rule: string;
  /**
   * A word every one of its notices holds (any case): a line without it is not tried against
   * the notices, whose patterns cost much to compile and to run.
   */
  word: string;
  /** The notice's wording, one entry per variant (regex source; see above). */
  notices: readonly string[];
}

/** Agency feed words that close many notices: "- PTI", "Source: IANS". */
const FEED_SOURCE = String.raw`(?: ?[-–—:] ?(?:source: )?[A-Z][\w.-]{1,30}| source: [A-Z][\w.-]{1,30})?`;

export const OUTLETS: readonly Outlet[] = [
  {
    name: 'LatestLY',
    rule: 'latestly-notice',
    word: 'latestly',
    notices: [
      String.raw`this is an unedited and auto-generated story from syndicated news feed,? latestly staff may not have modified or edited the content body`,
    ],
  },
  {
    name: 'NDTV',
    rule: 'ndtv-notice',
    word: 'ndtv',
    notices: [String.raw`except for the headline, this story has not been edited by ndtv staff and is published from a syndicated feed`],
  },
  {
    name: 'Devdiscourse',
    rule: 'devdiscourse-notice',
    word: 'devdiscourse',
    notices: [String.raw`this story has not been edited by devdiscourse staff and is auto-generated from a syndicated feed`],
  },
  {
    name: 'Business Standard',
    rule: 'business-standard-notice',
    word: 'business standard',
    notices: [
      String.raw`only the headline and picture of this report may have been reworked by the business standard staff; the rest of the content is auto-generated from a syndicated feed`,
    ],
  },
  {
    name: 'ThePrint',
    rule: 'theprint-notice',
    word: 'theprint',
    notices: [
      String.raw`this report is auto-generated from (?:the )?[A-Z]{2,5} news service\.? theprint holds no responsibility for its content`,
    ],
  },
  {
    name: 'Outlook',
    rule: 'outlook-notice',
    word: 'feed',
    notices: [
      String.raw`(?:disclaimer: )?this (?:story|article) (?:has not been edited by outlook staff and )?is auto-generated from (?:news agency|a syndicated) feeds?(?: of news agenc(?:y|ies))?(?:,? and has not been edited by outlook staff)?\.?${FEED_SOURCE}`,
    ],
  },
  {
    name: 'Firstpost',
    rule: 'firstpost-notice',
    word: 'firstpost',
    notices: [String.raw`this story has not been edited by firstpost staff and is auto-generated from a syndicated feed`],
  },
  {
    name: 'Telegraph Online',
    rule: 'telegraph-notice',
    word: 'telegraph',
    notices: [
      String.raw`(?:except for the headline, )?this (?:story|article) has not been edited by the telegraph online staff and has been published from a syndicated feed`,
    ],
  },
  {
    name: 'Free Press Journal',
    rule: 'fpj-notice',
    word: 'feed',
    notices: [
      String.raw`this story has not been edited by (?:fpj|free press journal)(?:['’]s)? (?:editorial team|staff) and is auto-generated from an? (?:agency|syndicated) feed`,
    ],
  },
  {
    name: 'News18',
    rule: 'news18-notice',
    word: 'news18',
    notices: [String.raw`this story has not been edited by news18 staff and is published from a syndicated news agency feed${FEED_SOURCE}`],
  },
  {
    name: 'mid-day',
    rule: 'mid-day-notice',
    word: 'mid-day',
    notices: [
      String.raw`this story has been sourced from a third party syndicated feed, agencies\.? mid-day accepts no responsibility or liability for its dependability, trustworthiness, reliability and data of the text\.?(?: mid-day management ?/ ?mid-day\.com reserves the sole right to alter, delete or remove \(without notice\) the content in its absolute discretion for any reason whatsoever)?`,
    ],
  },
  {
    name: 'Reuters',
    rule: 'reuters-standards',
    word: 'trust principles',
    notices: [String.raw`our standards: the thomson reuters trust principles`],
  },
  {
    name: 'AP',
    rule: 'ap-coverage-notice',
    word: 'coverage',
    // AP's notes on a series and on its funders.
    notices: [
      String.raw`this (?:article|story) is part of (?:the )?(?:ap|associated press)['’]s [^\n]{0,300}`,
      String.raw`the associated press['’]?s? [^\n]{0,80}coverage receives (?:financial )?support from [^\n]{0,400}`,
    ],
  },
  {
    name: 'Nasdaq',
    rule: 'opinions-notice',
    word: 'opinions',
    // Republishers' notice that a story's views are its author's.
    notices: [String.raw`the views and opinions expressed herein are the views and opinions of the author[^\n]{0,200}`],
  },
  {
    name: 'Bernama',
    rule: 'bernama-notice',
    word: 'bernama',
    // Its promo of its own channels, closing its stories on its site.
    notices: [String.raw`bernama provides up-to-date authentic and comprehensive news and information[^\n]{0,600}`],
  },
  {
    name: 'agency-feed outlets',
    rule: 'auto-published-notice',
    word: 'auto-published',
    // Several outlets use the same sentence without naming themselves.
    notices: [
      String.raw`(?:disclaimer: )?this (?:post|story|article) (?:has been|is) auto-published from an? (?:agency|syndicated) feed without any modifications? to the text and has not been reviewed by an editor`,
    ],
  },
];

/**
 * The shape every outlet's notice shares, for outlets not (yet) in the table: the story is
 * auto-generated (or published, sourced) from a syndicated or agency feed, or it "has not been
 * edited" (modified, reworked) and came from such a feed. "The report, reviewed by officials,
 * was based on an agency feed" is story text: it says neither.
 */
const FEED = String.raw`(?:an? |the )?(?:third party )?(?:automated )?(?:syndicated|agency|wire|news agency) (?:news )?(?:agency )?feeds?`;
const NOT_EDITED = String.raw`(?:not been|may not have(?: been)?|may have been) (?:[^()\n]{0,40}? )?(?:edited|modified|reworked|reviewed)`;
/** The word every notice of the shared shape holds. */
export const GENERIC_NOTICE_WORD = 'feed';
export const GENERIC_NOTICE = String.raw`(?:disclaimer: ?)?(?:except for the headline, )?(?:this|the) (?:story|report|article|copy|news|post|content)\b[^()\n]{0,160}?\b(?:(?:auto-generated|auto-published|published|sourced|generated) from ${FEED}|${NOT_EDITED}\b[^()\n]{0,120}?\b${FEED})\b[^()\n]{0,200}?`;
