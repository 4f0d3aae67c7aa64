/** Sample text the tests type: each flagged phrase belongs to a long-standing rule. */
export const LETTER = 'Dear Sam,\n\nYou failed to attend your appointment. Take one tablet nocte.';
export const FLAGGED = ['You failed to attend', 'nocte'];
/** The first suggestion for "You failed to attend", as the card shows it. */
export const FIX_FROM = 'You failed to attend';
export const FIX_TO = 'You did not attend';
