package org.qingsong.gigs;

/** A kind of certificate a service may require, e.g. 养老护理员证 or 健康证. */
public record CertificateKind(String code, String nameZh, String nameEn) {}
