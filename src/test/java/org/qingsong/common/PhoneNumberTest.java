package org.qingsong.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @Test
  void normalisesSpacesDashesAndTheCountryCode() {
    assertThat(new PhoneNumber("+86 138-1234-5678").value()).isEqualTo("13812345678");
    assertThat(new PhoneNumber("13812345678").value()).isEqualTo("13812345678");
  }

  @Test
  void masksTheMiddleFourDigits() {
    assertThat(new PhoneNumber("13812345678").masked()).isEqualTo("138****5678");
  }

  @Test
  void rejectsShortNumbersAndLandlines() {
    assertThatThrownBy(() -> new PhoneNumber("1381234567"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("phone.invalid"));
    assertThatThrownBy(() -> new PhoneNumber("0731-22881234"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("phone.notMobile"));
  }
}
