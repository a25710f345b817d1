package org.claimgraph.spark;

import java.io.Serializable;

/**
 * One piece of the job's input, in input order ({@code index}): a local file or a page of a local WARC
 * archive as {@code claimgraph extract} walks them ({@code offset} >= 0 for a page), or a file on a Hadoop
 * file system (hdfs://, s3a://), whose pages a task finds itself when it is an archive. {@code bytes}: its
 * length (a page's record), by which the units are shared out among the partitions.
 */
record Unit(int index, String given, String location, long offset, boolean hadoop, long bytes) implements Serializable {}
