package org.qingsong.demo.internal;

import java.util.SplittableRandom;

/** Plausible Chinese names, drawn from common surnames and given-name characters. */
final class Names {
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String FEMALE = "芳娟敏静丽艳娜秀英华玲红梅兰霞燕萍洁琴云莲慧婷雪琳晶倩颖佳怡欣悦";
  private static final String MALE = "伟强军平勇杰涛明超刚辉斌鹏波华飞宇浩俊峰磊建国文志林东海亮成龙";

  private Names() {}

  static String next(SplittableRandom random, boolean female) {
    String given = female ? FEMALE : MALE;
    StringBuilder name = new StringBuilder();
    name.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    name.append(given.charAt(random.nextInt(given.length())));
    if (random.nextInt(10) < 6) {
      name.append(given.charAt(random.nextInt(given.length())));
    }
    return name.toString();
  }
}
