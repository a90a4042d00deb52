package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;

/**
 * Every case resource lives under {@code v1/cases/{caseRef}}: before the request is routed, the reference in the
 * path is read in the caller's view ({@link CaseReferences}) and replaced by the case's global reference. So each
 * resource handles one case whichever way it was named, and a reference the caller may not know of is answered
 * here, exactly as a missing one.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class CaseReferencesInPaths implements ContainerRequestFilter {

    /** Not case references: the sub-resources of v1/cases that are no case. */
    private static final List<String> NOT_A_CASE = List.of("imports");

    @Inject
    CaseReferences references;
    @Inject
    CallerContext caller;

    @Override
    public void filter(ContainerRequestContext request) {
        List<PathSegment> segments = request.getUriInfo().getPathSegments(true);
        if (segments.size() < 3 || !segments.get(0).getPath().equals("v1") || !segments.get(1).getPath().equals("cases")
                || NOT_A_CASE.contains(segments.get(2).getPath()) || caller.token().isEmpty()) {
            return; // anonymous callers are answered 401 by the resource, before anything is looked up
        }
        String given = segments.get(2).getPath();
        if (!valid(given)) {
            return; // names no case; the resource answers it
        }
        boolean claim = segments.size() == 4 && segments.get(3).getPath().equals("claim");
        String global = claim ? references.forClaim(given) : references.existing(given);
        if (global.equals(given)) {
            return;
        }
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        String rawBase = request.getUriInfo().getBaseUri().getRawPath();
        String relative = rawPath.substring(rawBase.length());
        String[] raw = relative.split("/", -1);
        raw[2] = global.replace("/", "%2F");
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        URI rewritten = URI.create(rawBase + String.join("/", raw) + (query == null ? "" : "?" + query));
        request.setRequestUri(request.getUriInfo().getBaseUri(), request.getUriInfo().getBaseUri().resolve(rewritten));
    }

    private static boolean valid(String given) {
        try {
            org.judicialchain.evidence.domain.model.cases.CaseReference.require(given);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
