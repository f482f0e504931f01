// The Portal Sanction Payment Notice as a document. Not on the package's entry: its user is the
// command line (`sanctions notices --format html`).
export { type SanctionNoticePageSettings, noticeDateOf, sanctionNoticePageOf } from "./notice-page.js";
export { type PaymentDetails, PaymentDetailsSchema } from "./payment-details-schema.js";
export { type NoticeDate, PAYMENT_DAYS_AFTER_NOTICE, type PaymentDue, paymentDueOf } from "./payment-due.js";
