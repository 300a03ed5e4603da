/** Fetching web pages safely: public addresses only, robots.txt obeyed, bounded in time and size. */
export type { Clock, FetchCode, FetchFailure, FetchOptions, FetchResult, FetchSuccess, Resolver, ResolvedAddress } from './types.ts';
export type { AddressClass } from './address.ts';
export type { Fetcher } from './fetcher.ts';
export type { Robots, RobotsDecision, RobotsGroup, RobotsRule } from './robots.ts';
export { createFetcher, fetchPage } from './fetcher.ts';
export { DEFAULT_FETCH_OPTIONS, DEFAULT_USER_AGENT, ROBOTS_AGENT, fetchOptions, systemClock } from './options.ts';
export { classifyAddress } from './address.ts';
export { parseRobots, robotsDecision } from './robots.ts';
export { parseContentType } from './content-type.ts';
