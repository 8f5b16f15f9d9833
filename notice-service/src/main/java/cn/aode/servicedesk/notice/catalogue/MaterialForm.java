package cn.aode.servicedesk.notice.catalogue;

import cn.aode.servicedesk.platform.cases.Label;

/** Whether a material is handed in as the original, a copy, or both (原件/复印件). */
public enum MaterialForm implements Label.Labelled {

	ORIGINAL, COPY, ORIGINAL_AND_COPY

}
