package org.zonewatch.web.faces;

import java.util.Set;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The pages outside the application's frame (sign-in, errors, an expired view) are transient from the moment their
 * view is created: they hold no form, and PrimeFaces keeps its script nonce in the view map of any other view, a map
 * that lives in the session. {@code <f:view transient="true">} comes too late for that: PrimeFaces asks for the nonce
 * before the page is built.
 */
public class StatelessViews extends ViewHandlerWrapper {

    static final Set<String> VIEWS = Set.of("/login.xhtml", "/error.xhtml", "/expired.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (VIEWS.contains(viewId)) {
            view.setTransient(true);
        }
        return view;
    }
}
