/** Implementation of the testkit. Not API: please don't depend on the classes here. */
package dev.gongkai.testkit.internal;
