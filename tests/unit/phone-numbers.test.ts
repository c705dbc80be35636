import { describe, expect, test } from "vitest";
import { unknownPhoneNumbers } from "@/lib/content/phone-numbers";

const helpLines = ["tel:988", "sms:988", "tel:911", "tel:1-800-662-4357", "https://findtreatment.gov/"];

describe("the phone-number rule", () => {
  test("accepts a help line's number in every way it may be written", () => {
    const text = "Call 1-800-662-4357, (800) 662-4357, 800.662.4357, +1 800 662 4357, 1 (800) 662-4357 or 8006624357. Or call 988 or 911.";
    expect(unknownPhoneNumbers(text, helpLines)).toEqual([]);
  });

  test("rejects a number no help line lists, in each of those formats", () => {
    const text = "Call 1-800-555-0100, (888) 555-0101, 877.555.0102, +1 866 555 0103 or 8445550104.";
    expect(unknownPhoneNumbers(text, helpLines)).toEqual(["1-800-555-0100", "(888) 555-0101", "877.555.0102", "+1 866 555 0103", "8445550104"]);
  });

  test("does not take years, prices or codes for phone numbers", () => {
    expect(unknownPhoneNumbers("In 2024, 42 CFR Part 2 changed; a week costs $1,500 to $10,000 (H0015, S9480).", helpLines)).toEqual([]);
  });
});
