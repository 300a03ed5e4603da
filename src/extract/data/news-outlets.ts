/**
 * General knowledge about news outlets: well-known domains and their display names, and the
 * abbreviations wire agencies sign with. Used only to name an outlet already identified by a URL
 * or a dateline; no outlet is ever detected from this list alone. Outlets of the
 * reference story are left out on purpose: the engine must find them from generic cues.
 */

export const NEWS_DOMAINS: Readonly<Record<string, string>> = {
  'apnews.com': 'Associated Press',
  'afp.com': 'AFP',
  'bloomberg.com': 'Bloomberg',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times',
  'cnn.com': 'CNN',
  'foxnews.com': 'Fox News',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'npr.org': 'NPR',
  'politico.com': 'Politico',
  'axios.com': 'Axios',
  'time.com': 'Time',
  'theatlantic.com': 'The Atlantic',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'theguardian.com': 'The Guardian',
  'independent.co.uk': 'The Independent',
  'telegraph.co.uk': 'The Telegraph',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'skynews.com': 'Sky News',
  'news.sky.com': 'Sky News',
  'aljazeera.com': 'Al Jazeera',
  'dw.com': 'Deutsche Welle',
  'france24.com': 'France 24',
  'euronews.com': 'Euronews',
  'lemonde.fr': 'Le Monde',
  'elpais.com': 'El País',
  'spiegel.de': 'Der Spiegel',
  'scmp.com': 'South China Morning Post',
  'timesofindia.indiatimes.com': 'The Times of India',
  'hindustantimes.com': 'Hindustan Times',
  'abc.net.au': 'ABC News (Australia)',
  'smh.com.au': 'The Sydney Morning Herald',
  'cbc.ca': 'CBC News',
  'globalnews.ca': 'Global News',
  'yahoo.com': 'Yahoo News',
  'msn.com': 'MSN',
};

/** Wire agency signatures as they appear in datelines, and the names they stand for. */
export const AGENCY_NAMES: Readonly<Record<string, string>> = {
  AP: 'Associated Press',
  AFP: 'AFP',
  UPI: 'UPI',
  DPA: 'dpa',
  PTI: 'PTI',
  IANS: 'IANS',
  ANI: 'ANI',
  CNA: 'CNA',
};

/** Second-level labels under which the registrable domain is one label deeper (bbc.co.uk). */
export const COMPOUND_SUFFIXES: ReadonlySet<string> = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'go', 'ne', 'or']);
