package org.safereturn.prevention;

/** How an information campaign reaches residents. */
public enum CampaignChannel { MEETING, LOUDSPEAKER, BILLBOARD, LEAFLET, SOCIAL_MEDIA, SCHOOL_SESSION, OTHER }
