// `sanctions notices --format html`: the notices as one printable page (src/sanction-notice), with
// the payment details of `--payment-details FILE` (JSON or YAML: the HFS Bureau and its address).
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { parseInput, RuleInputError } from "../../core/errors.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type PaymentDetails, PaymentDetailsSchema, sanctionNoticePageOf } from "../../sanction-notice/index.js";
import type { SanctionNoticesAsOf } from "../../sanctions/notices-as-of.js";
import { DEFAULT_PAYMENT_DUE_DATE, type PaymentDueDate } from "../../sanctions/options-schema.js";
import { UsageError } from "../exit.js";
import { issuesText } from "../json-option.js";
import { yamlSource } from "../warnings.js";
import { printPdf } from "./sanction-notice-pdf.js";

/** The payment details of `--payment-details FILE`, read and checked, or a UsageError naming the file. */
export function readPaymentDetails(path: string | undefined): PaymentDetails | undefined {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`--payment-details ${path}: cannot read the file`);
  }
  let value: unknown;
  try {
    // JSON is YAML: one parser reads both. Its warnings become lines naming the file (warnings.ts).
    value = yamlSource(path, () => parseYaml(text));
  } catch {
    throw new UsageError(`--payment-details ${path}: neither JSON nor YAML`);
  }
  try {
    return parseInput(PaymentDetailsSchema, value, "SANCTION-NOTICE-ONLY-IF-FINED");
  } catch (error) {
    if (error instanceof RuleInputError) throw new UsageError(`--payment-details ${path}: ${issuesText(error)}`);
    throw error;
  }
}

/** Writes the notice page of `result` to standard output, or, with `pdf`, prints it to that PDF file. */
export function printNoticePage(
  result: SanctionNoticesAsOf,
  settings: {
    asOf: IsoDate;
    paymentDueDate: PaymentDueDate | undefined;
    paymentDetails: PaymentDetails | undefined;
    pdf: string | undefined;
  },
): void {
  const { paymentDetails } = settings;
  const html = sanctionNoticePageOf(result.notices, {
    asOf: settings.asOf,
    paymentDueDate: settings.paymentDueDate ?? DEFAULT_PAYMENT_DUE_DATE,
    ...(paymentDetails === undefined ? {} : { paymentDetails }),
  });
  if (settings.pdf === undefined) {
    process.stdout.write(html);
    return;
  }
  printPdf(html, settings.pdf);
  process.stdout.write(`${settings.pdf}\n`);
}
