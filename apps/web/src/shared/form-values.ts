import type { Dayjs } from 'dayjs';

// What a form's fields hold, as the API takes it.

/** How a date field shows a day (the documents' own form). */
export const DATE_FORMAT = 'DD/MM/YYYY';
/** How a month field shows a month. */
export const MONTH_FORMAT = 'MM/YYYY';

/** A date field's day as the API takes it (`YYYY-MM-DD`), an empty field as null. */
export const isoDay = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** A text field's value, trimmed; a blank one as null (the API clears the field). */
export const blank = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
