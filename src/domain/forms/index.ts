export * from './types';
export { FormError, FORM_SETS, FORM_KINDS, formNumber, formName, circularOf, paperOf } from './catalogue';
export { formatFormDate, formatFormDateTime, formatFormShortDateTime, formatLocalFormDate, formatPlaceDate, channelLabel } from './format';
export { buildForm, NATION, MOTTO } from './build';
export { buildBook, bookPeriod, BOOK_COLUMNS } from './book';
