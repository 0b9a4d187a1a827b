package org.qingsong.occupations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qingsong.occupations.internal.OccupationFile;

/** The shipped occupation list, read as the application reads it on start-up. */
class OccupationDataTest {
  /** Codes that other modules and their data refer to, with the meaning they rely on. */
  static final Map<String, String> REQUIRED =
      Map.ofEntries(
          Map.entry("EC001", "养老护理员"),
          Map.entry("EC002", "居家养老护理（钟点）"),
          Map.entry("HC001", "医院陪护"),
          Map.entry("HS001", "家政服务员"),
          Map.entry("HS002", "住家保姆"),
          Map.entry("HS003", "月嫂（母婴护理员）"),
          Map.entry("HS004", "育婴员"),
          Map.entry("HS005", "钟点工"),
          Map.entry("HS006", "催乳师"),
          Map.entry("HS007", "保洁员"),
          Map.entry("MF001", "普工"),
          Map.entry("MF002", "电工"),
          Map.entry("MF003", "焊工"),
          Map.entry("MF004", "缝纫工"),
          Map.entry("MF005", "数控车床操作工"),
          Map.entry("MF006", "陶瓷工"),
          Map.entry("MF007", "质检员"),
          Map.entry("LG001", "快递员"),
          Map.entry("LG002", "仓库管理员"),
          Map.entry("LG003", "装卸搬运工"),
          Map.entry("RT001", "营业员"),
          Map.entry("RT002", "收银员"),
          Map.entry("RT003", "电商主播"),
          Map.entry("RT004", "网店客服"),
          Map.entry("CT001", "中式烹调师"),
          Map.entry("CT002", "餐厅服务员"),
          Map.entry("CT003", "面点师"),
          Map.entry("TR001", "货车司机"),
          Map.entry("TR002", "网约车司机"),
          Map.entry("OF001", "文员"),
          Map.entry("OF002", "客服专员"),
          Map.entry("OF003", "会计"),
          Map.entry("CN001", "泥瓦工"),
          Map.entry("CN002", "水电工"),
          Map.entry("AG001", "农业种植工"),
          Map.entry("SC001", "保安员"));

  static List<Occupation> rows;

  @BeforeAll
  static void readTheShippedFile() throws IOException {
    try (InputStream in =
        OccupationDataTest.class.getClassLoader().getResourceAsStream(OccupationFile.RESOURCE)) {
      assertThat(in).as(OccupationFile.RESOURCE).isNotNull();
      rows = OccupationFile.read(in);
    }
  }

  @Test
  void theListHasAFewHundredOccupations() {
    assertThat(rows).hasSizeGreaterThanOrEqualTo(250);
  }

  @Test
  void codesAreUniqueAndNameTheirCategory() {
    Set<String> codes = new HashSet<>();
    for (Occupation o : rows) {
      assertThat(codes.add(o.code())).as("duplicate code %s", o.code()).isTrue();
      assertThat(o.code()).matches("[A-Z]{2}[0-9]{3}");
      assertThat(o.category().ownsCode(o.code())).as(o.code()).isTrue();
    }
    assertThat(rows.stream().map(Occupation::category).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(OccupationCategory.values());
  }

  @Test
  void theCodesOthersDependOnKeepTheirMeaning() {
    Map<String, Occupation> byCode =
        rows.stream().collect(Collectors.toMap(Occupation::code, Function.identity()));
    REQUIRED.forEach(
        (code, nameZh) -> {
          assertThat(byCode).as(code).containsKey(code);
          assertThat(byCode.get(code).nameZh()).as(code).isEqualTo(nameZh);
        });
    assertThat(byCode.get("SC001").category()).isEqualTo(OccupationCategory.OTHER);
  }

  @Test
  void everyOccupationHasAChineseAndAnEnglishName() {
    Set<String> zh = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (Occupation o : rows) {
      assertThat(o.nameZh()).as(o.code()).isNotBlank().containsPattern("\\p{IsHan}");
      assertThat(o.nameEn()).as(o.code()).isNotBlank().matches("[A-Za-z0-9 ()'./-]+");
      assertThat(zh.add(o.nameZh())).as("duplicate Chinese name %s", o.nameZh()).isTrue();
      assertThat(en.add(o.nameEn().toLowerCase())).as("duplicate name %s", o.nameEn()).isTrue();
    }
  }

  @Test
  void usualPayIsARangeThatFitsItsUnit() {
    for (Occupation o : rows) {
      long maxYuan =
          switch (o.payUnit()) {
            case HOUR -> 300;
            case DAY -> 2_000;
            case MONTH -> 60_000;
          };
      assertThat(o.usualPayMinFen()).as(o.code()).isPositive();
      assertThat(o.usualPayMinFen()).as(o.code()).isLessThanOrEqualTo(o.usualPayMaxFen());
      assertThat(o.usualPayMaxFen()).as(o.code()).isLessThanOrEqualTo(maxYuan * 100);
    }
  }

  @Test
  void theExamplesOfTheBriefHaveTheirUsualRanges() {
    Map<String, Occupation> byCode =
        rows.stream().collect(Collectors.toMap(Occupation::code, Function.identity()));
    assertThat(byCode.get("EC001").usualPay())
        .isEqualTo(new UsualPay(PayUnit.MONTH, 350000, 600000));
    assertThat(byCode.get("HS005").usualPay()).isEqualTo(new UsualPay(PayUnit.HOUR, 2500, 4500));
    assertThat(byCode.get("MF001").usualPay())
        .isEqualTo(new UsualPay(PayUnit.MONTH, 350000, 550000));
  }

  @Test
  void aMalformedLineStopsTheReadWithItsLineNumber() {
    String header = OccupationFile.HEADER + "\n";
    assertThatThrownBy(
            () -> read(header + "EC001,养老护理员,Elderly care worker,ELDER_CARE,MONTH,3500\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("7 fields");
    assertThatThrownBy(
            () -> read(header + "EC01,养老护理员,Elderly care worker,ELDER_CARE,MONTH,3500,6000\n"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () -> read(header + "EC001,养老护理员,Elderly care worker,ELDER_CARE,WEEK,3500,6000\n"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () -> read(header + "EC001,养老护理员,Elderly care worker,ELDER_CARE,MONTH,6000,3500\n"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () -> read(header + "EC001,养老护理员,Elderly care worker,RETAIL,MONTH,3500,6000\n"))
        .hasMessageContaining("category");
    assertThatThrownBy(
            () ->
                read(
                    header
                        + "EC001,养老护理员,Elderly care worker,ELDER_CARE,MONTH,3500,6000\n"
                        + "EC001,居家养老护理,Home care,ELDER_CARE,HOUR,30,50\n"))
        .hasMessageContaining("line 3")
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> read("code,name\n")).hasMessageContaining("first line");
    assertThatThrownBy(() -> read(header)).hasMessageContaining("no occupations");
  }

  @Test
  void payMayHaveFenAndAByteOrderMarkIsTolerated() {
    List<Occupation> parsed =
        read(
            "\uFEFF"
                + OccupationFile.HEADER
                + "\nCT021,餐饮小时工,Hourly helper,CATERING,HOUR,20.5,28\n");
    assertThat(parsed.get(0).usualPayMinFen()).isEqualTo(2050);
    assertThat(parsed.get(0).usualPayMaxFen()).isEqualTo(2800);
  }

  private static List<Occupation> read(String text) {
    return OccupationFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
