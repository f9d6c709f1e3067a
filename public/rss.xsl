<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows an RSS feed as a readable page when it is opened in a browser. Styles come from a file on
  the same origin (rss.css), as the site's Content-Security-Policy allows; feed readers ignore this.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat" />
  <xsl:template match="/rss/channel">
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title><xsl:value-of select="title" /> (RSS feed)</title>
        <link rel="stylesheet" href="/rss.css" />
      </head>
      <body>
        <main>
          <p class="feed-note">
            This is an RSS feed. Paste its address into a feed reader to follow it; new items appear there as
            they are published.
          </p>
          <h1><xsl:value-of select="title" /></h1>
          <p class="feed-description"><xsl:value-of select="description" /></p>
          <p><a href="{link}">Visit the site</a></p>
          <ol class="feed-items">
            <xsl:for-each select="item">
              <li>
                <h2><a href="{link}"><xsl:value-of select="title" /></a></h2>
                <p class="feed-date"><xsl:value-of select="substring(pubDate, 6, 11)" /></p>
                <p><xsl:value-of select="description" /></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
