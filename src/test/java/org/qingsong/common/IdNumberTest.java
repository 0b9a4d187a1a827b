package org.qingsong.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IdNumberTest {

  @Test
  void derivesBirthDateAndGenderFromAValidNumber() {
    IdNumber id = IdNumber.withCheckCharacter("43020319720315402");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1972, 3, 15));
    assertThat(id.gender()).isEqualTo(Gender.FEMALE);
    assertThat(id.regionCode()).isEqualTo("430203");
  }

  @Test
  void completesTheWellKnownSampleWithItsCheckCharacter() {
    assertThat(IdNumber.withCheckCharacter("11010519491231002").value())
        .isEqualTo("11010519491231002X");
  }

  @Test
  void acceptsTheWellKnownSampleNumberWithItsXCheckCharacterInEitherCase() {
    // The GB 11643-1999 worked example: 11010519491231002X.
    assertThat(new IdNumber("11010519491231002x").value()).isEqualTo("11010519491231002X");
  }

  @Test
  void rejectsANumberWithABadCheckDigit() {
    String valid = IdNumber.withCheckCharacter("43020319720315402").value();
    char wrong = valid.charAt(17) == '1' ? '2' : '1';
    assertThatThrownBy(() -> new IdNumber(valid.substring(0, 17) + wrong))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("idNumber.checkDigit"));
  }

  @Test
  void rejectsWrongLengthLettersUnknownRegionsAndImpossibleDates() {
    assertThat(codeOf("43020319720315")).isEqualTo("idNumber.length");
    assertThat(codeOf("4302031972031540AB")).isEqualTo("idNumber.format");
    assertThat(codeOf("990203197203154021")).isEqualTo("idNumber.region");
    assertThat(codeOf("430203197202304021")).isEqualTo("idNumber.birthDate");
    assertThat(codeOf("430203180002304021")).isEqualTo("idNumber.birthDate");
  }

  @Test
  void masksAllButTheRegionAndTheLastFourCharacters() {
    IdNumber id = new IdNumber("11010519491231002X");
    assertThat(id.masked()).isEqualTo("110105********002X");
    assertThat(id.toString()).doesNotContain("19491231");
  }

  @Property
  void everyCompletedBodyIsValidAndOnlyOneCheckCharacterFits(
      @ForAll @IntRange(min = 0, max = 20000) int day,
      @ForAll @IntRange(min = 0, max = 999) int seq) {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(day);
    String body = "430281" + birth.toString().replace("-", "") + String.format("%03d", seq);
    IdNumber id = IdNumber.withCheckCharacter(body);
    assertThat(id.birthDate()).isEqualTo(birth);
    assertThat(id.gender()).isEqualTo(seq % 2 == 1 ? Gender.MALE : Gender.FEMALE);
    long valid = "0123456789X".chars().filter(c -> codeOf(body + (char) c) == null).count();
    assertThat(valid).isEqualTo(1);
  }

  private static String codeOf(String raw) {
    try {
      new IdNumber(raw);
      return null;
    } catch (InvalidValueException e) {
      return e.code();
    }
  }
}
