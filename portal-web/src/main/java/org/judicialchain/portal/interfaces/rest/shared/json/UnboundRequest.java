package org.judicialchain.portal.interfaces.rest.shared.json;

/**
 * A request body that did not bind, kept until the resource has checked access: RequestBodies.valid
 * throws its failure then. A request type whose bodies can fail to bind where {} would bind elsewhere
 * (a polymorphic record without its "type") offers one through a static {@code unbound(BindingFailure)},
 * so that an anonymous or unauthorised caller still hears 401 or 403 first.
 */
public interface UnboundRequest {

    BindingFailure failure();
}
