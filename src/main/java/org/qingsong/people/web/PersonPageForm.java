package org.qingsong.people.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qingsong.people.PersonForm;

/**
 * The counter form as a browser posts it: skills as one line separated by commas or spaces,
 * certificates one per line ("name" or "name, 2024-05-01").
 */
public record PersonPageForm(
    String name,
    String idNumber,
    String phone,
    String streetCode,
    String communityCode,
    List<String> priorityGroups,
    String skills,
    String certificates) {

  static PersonPageForm empty(String streetCode) {
    return new PersonPageForm("", "", "", streetCode, "", List.of(), "", "");
  }

  PersonForm toForm() {
    List<String> skillList =
        skills == null || skills.isBlank()
            ? List.of()
            : Arrays.stream(skills.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList();
    List<PersonForm.CertificateForm> certificateList = new ArrayList<>();
    if (certificates != null) {
      for (String line : certificates.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split("[,，]", 2);
        certificateList.add(
            new PersonForm.CertificateForm(
                parts[0].strip(), parts.length > 1 ? parts[1].strip() : null));
      }
    }
    return new PersonForm(
        name,
        idNumber,
        phone,
        streetCode,
        communityCode,
        priorityGroups == null ? List.of() : priorityGroups,
        skillList,
        certificateList);
  }

  boolean hasGroup(String group) {
    return priorityGroups != null && priorityGroups.contains(group);
  }
}
