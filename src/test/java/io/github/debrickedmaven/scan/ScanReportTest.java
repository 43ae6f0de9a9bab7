package io.github.debrickedmaven.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScanReportTest {

    private static ScanReport report(String json) throws Exception {
        return new ScanReport(new ObjectMapper().readTree(json));
    }

    @Test
    void listsTriggeredRulesWithTheirFirstEventsAndTheLink() throws Exception {
        ScanReport report = report("""
                {"progress":100,"vulnerabilitiesFound":5,"unaffectedVulnerabilitiesFound":1,"automationsAction":"fail",
                 "automationRules":[
                   {"ruleDescription":"Fail on critical","ruleActions":["failPipeline","sendEmail"],
                    "ruleLink":"https://debricked.com/app/en/automations/1","triggered":true,
                    "triggerEvents":[
                      {"dependency":"log4j-core (Maven)","cve":"CVE-2021-44228","cvss3":10.0},
                      {"dependency":"a (Maven)","cve":"CVE-1","cvss2":5.0},
                      {"dependency":"b (Maven)","licenses":["GPL-3.0"]},
                      {"dependency":"c (Maven)","cve":"CVE-3","cvss3":7.5}]},
                   {"ruleDescription":"Warn on medium","ruleActions":["warnPipeline"],"triggered":true,"triggerEvents":[]},
                   {"ruleDescription":"Not triggered","ruleActions":["failPipeline"],"triggered":false}],
                 "detailsUrl":"https://debricked.com/app/en/repository/1/commit/2"}
                """);

        assertThat(report.lines()).containsExactly(
                "5 vulnerabilities found (1 marked unaffected).",
                "Automation rule triggered: Fail on critical [failPipeline, sendEmail]"
                        + " https://debricked.com/app/en/automations/1",
                "    log4j-core (Maven): CVE-2021-44228 (CVSS 10.0)",
                "    a (Maven): CVE-1 (CVSS 5.0)",
                "    b (Maven) licenses GPL-3.0",
                "    ... and 1 more",
                "Automation rule triggered: Warn on medium [warnPipeline]",
                "Details: https://debricked.com/app/en/repository/1/commit/2");
        assertThat(report.rulesWith("failPipeline")).containsExactly("Fail on critical");
        assertThat(report.rulesWith("warnPipeline")).containsExactly("Warn on medium");
    }

    @Test
    void aCleanScanHasNoRules() throws Exception {
        ScanReport report = report("{\"vulnerabilitiesFound\":0,\"automationRules\":[],\"detailsUrl\":\"u\"}");

        assertThat(report.lines()).containsExactly("0 vulnerabilities found.", "Details: u");
        assertThat(report.rulesWith("failPipeline")).isEmpty();
    }
}
