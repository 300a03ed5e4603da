/**
 * Paywall and membership offers: "To view the full story, please subscribe", "Already a
 * subscriber? Log in", "Buy single article", "Bereits Abonnent/in?", "Hazte miembro", and the
 * same offers' prices and terms.
 */
import { wordCount } from '../lines.ts';
import { lineDetector } from './mark.ts';

const MAX_WORDS = 40;
const OFFERS: readonly RegExp[] = [
  /(?:\bplease |\bto (?:view|read|continue)[^.\n]{0,40})subscribe\b/iu,
  /\balready (?:a )?(?:subscriber|member)\b/iu,
  /\bpreview of subscription content\b/iu,
  /\bsubscribers? (?:also )?(?:receive|get)\b/iu,
  /^(?:subscribe to (?:the )?journal|buy (?:single )?article|price includes vat\b.*)$/iu,
  /^(?:instant|immediate|unlimited) (?:online |digital )?access to\b|\bsubscription will auto.?renew/iu,
  /\b(?:jetzt|hier) (?:abonnieren|abonnent werden)\b|\bbereits abonnent/iu,
  /\bhazte (?:miembro|socio)\b|\bsuscríbete\b|\bpara comentar debes\b/iu,
];
/** Every offer above holds one of these (matched as they are): lines without any are dismissed before the rest. */
const OFFER_CUE = /subscri|already|buy |price includes vat|access to|abonn|hazte|suscríbete|para comentar/iu;
/** An offer also holds one of these words. */
const OFFER_WORD = /subscri|member|access|article|abonn|hazte|suscr|comentar|price/i;

export function isPaywallOffer(text: string, words = wordCount(text)): boolean {
  if (words > MAX_WORDS || !OFFER_CUE.test(text)) return false;
  return OFFER_WORD.test(text) && OFFERS.some((re) => re.test(text));
}

export const detectPaywall = lineDetector('paywall', isPaywallOffer);
