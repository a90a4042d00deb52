package org.judicialchain.portal.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The addresses printed on signed documents: the QR code opens {public-url}/verify/{code}
 * (CourtDocumentKit.verificationUrlBase), which shows the document page; /verify alone is the
 * public verification page. Both are static pages; the code is read by the page's script.
 */
@WebServlet(urlPatterns = "/verify/*")
public class VerificationLinks extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String code = request.getPathInfo();
        if (code == null || code.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/app/verify.html");
            return;
        }
        request.getRequestDispatcher("/app/document.html").forward(request, response);
    }
}
