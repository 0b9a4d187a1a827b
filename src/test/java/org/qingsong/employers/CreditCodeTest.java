package org.qingsong.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qingsong.common.CreditCode;
import org.qingsong.common.InvalidValueException;

/**
 * The rules of GB 32100-2015 as {@link CreditCode} applies them, checked against an independent
 * computation of the MOD 31 check character.
 */
class CreditCodeTest {
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /** The check character as the standard defines it: 31 − (Σ value × weight mod 31). */
  private static char checkCharacter(String body17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARSET.indexOf(body17.charAt(i)) * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }

  private static String code(Runnable r) {
    try {
      r.run();
      return null;
    } catch (InvalidValueException e) {
      return e.code();
    }
  }

  @Test
  void acceptsTheStandardsExample() {
    assertThat(new CreditCode("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
  }

  @Test
  void normalisesCaseAndSurroundingSpace() {
    String valid = CreditCode.withCheckCharacter("91430203MA4L16J2X").value();
    assertThat(new CreditCode("  " + valid.toLowerCase(Locale.ROOT) + "\t").value())
        .isEqualTo(valid);
  }

  @Test
  void knowsTheRegisteringDivision() {
    assertThat(CreditCode.withCheckCharacter("91430203MA4L16J2X").regionCode()).isEqualTo("430203");
  }

  @Test
  void rejectsACodeOfTheWrongLength() {
    assertThat(code(() -> new CreditCode("91430203MA4L16J2"))).isEqualTo("creditCode.length");
    assertThat(code(() -> new CreditCode("91430203MA4L16J2X00"))).isEqualTo("creditCode.length");
  }

  @Test
  void rejectsTheLettersTheStandardLeavesOut() {
    for (char c : "IOZSV".toCharArray()) {
      String candidate = "91430203MA4L16J2" + c + "0";
      assertThatThrownBy(() -> new CreditCode(candidate))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.code()).isEqualTo("creditCode.charset");
                assertThat(e.args()).containsExactly(17);
              });
    }
  }

  @Test
  void rejectsADivisionCodeThatIsNotDigits() {
    String body = "9143A203MA4L16J2X";
    String candidate = body + checkCharacter(body);
    assertThat(code(() -> new CreditCode(candidate))).isEqualTo("creditCode.region");
  }

  @Test
  void rejectsABadCheckCharacter() {
    String valid = CreditCode.withCheckCharacter("91430203MA4L16J2X").value();
    char wrong = valid.endsWith("0") ? '1' : '0';
    assertThat(code(() -> new CreditCode(valid.substring(0, 17) + wrong)))
        .isEqualTo("creditCode.checkCharacter");
  }

  @Test
  void rejectsAMissingCode() {
    assertThat(code(() -> new CreditCode(null))).isEqualTo("field.required");
  }

  @Property(tries = 300)
  void completesAnyBodyWithTheStandardsCheckCharacter(@ForAll("bodies") String body) {
    assertThat(CreditCode.withCheckCharacter(body).value()).isEqualTo(body + checkCharacter(body));
  }

  @Property(tries = 300)
  void detectsEverySingleCharacterMistake(
      @ForAll("bodies") String body,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll @IntRange(min = 1, max = 30) int shift) {
    String valid = CreditCode.withCheckCharacter(body).value();
    // Within the division code a typo stays a digit, so only the check character can catch it.
    boolean inDivision = position >= 2 && position < 8;
    int base = inDivision ? 10 : CHARSET.length();
    int delta = inDivision ? shift % 9 + 1 : shift;
    char typo = CHARSET.charAt((CHARSET.indexOf(valid.charAt(position)) + delta) % base);
    String mistyped = valid.substring(0, position) + typo + valid.substring(position + 1);
    assertThat(code(() -> new CreditCode(mistyped))).isEqualTo("creditCode.checkCharacter");
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
    Arbitrary<String> rest = Arbitraries.strings().withChars(CHARSET.toCharArray()).ofLength(9);
    return Arbitraries.of("91", "92", "12", "51", "Y1")
        .flatMap(head -> region.flatMap(r -> rest.map(x -> head + r + x)));
  }
}
