package org.zonewatch.article;

import java.io.Serializable;

/** A listed company as callers see it: {@code {"name": "中关村", "code": "sz000931"}}. */
public record CompanyView(String name, String code) implements Serializable {
}
