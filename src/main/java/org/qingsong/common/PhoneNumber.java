package org.qingsong.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A mainland China mobile number, kept as its 11 national digits. Parsing and validity come from
 * libphonenumber, so spaces, dashes and a {@code +86} prefix are accepted.
 */
public record PhoneNumber(String value) {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  public PhoneNumber {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("field.required");
    }
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = UTIL.parse(value.strip(), "CN");
    } catch (NumberParseException e) {
      throw new InvalidValueException("phone.invalid");
    }
    if (parsed.getCountryCode() != 86 || !UTIL.isValidNumber(parsed)) {
      throw new InvalidValueException("phone.invalid");
    }
    PhoneNumberType type = UTIL.getNumberType(parsed);
    if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
      throw new InvalidValueException("phone.notMobile");
    }
    value = Long.toString(parsed.getNationalNumber());
  }

  public String masked() {
    return value.substring(0, 3) + "****" + value.substring(value.length() - 4);
  }

  @Override
  public String toString() {
    return masked();
  }
}
