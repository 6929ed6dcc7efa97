/** The tour `/` opens, and the one a URL naming no tour (or an unknown one) falls back to. */
export const DEFAULT_TOUR = 'processum';
