/**
 * How requests reach the application and how errors leave it, whatever the path: malformed URLs are
 * refused before anything reads them, and every error, including those Tomcat answers itself before
 * Spring sees the request, is an RFC 9457 problem detail ({@code application/problem+json}).
 */
package org.accountabilitygraph.web;
