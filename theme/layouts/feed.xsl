<?xml version="1.0" encoding="utf-8"?>
<!-- Shows the podcast feed as a page to someone who opens it in a browser. Podcast apps read the XML and never this.
     The build fills in the words from strings.yml; XSL's own {braces} are left as they are. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <xsl:output method="html" encoding="utf-8" indent="yes"/>
  <xsl:template match="/rss/channel">
    <html lang="{language}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="title"/> (feed)</title>
        <style>
          :root { color-scheme: light dark; --ink: #1d1f24; --muted: #595f6b; --paper: #fdfcfa; --rule: #e3ddd5; --accent: #b4461f; font-family: system-ui, sans-serif; line-height: 1.6; color: var(--ink); background: var(--paper); }
          @media (prefers-color-scheme: dark) { :root { --ink: #e9e7e3; --muted: #a9afb9; --paper: #15171b; --rule: #30343c; --accent: #f08a5d; } }
          body { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem; }
          a { color: var(--accent); }
          .note { border: 1px solid var(--rule); border-radius: 12px; padding: .75rem 1rem; }
          header { display: flex; gap: 1.25rem; align-items: center; }
          header img { width: 120px; height: 120px; border-radius: 12px; }
          li { padding: .4rem 0; border-bottom: 1px solid var(--rule); list-style: none; }
          ol { padding: 0; }
          small { color: var(--muted); display: block; }
        </style>
      </head>
      <body>
        <p class="note">{{ strings.feed_page_note | html.escape }} <a href="{link}">{{ strings.feed_page_website | html.escape }}</a>.</p>
        <header>
          <img src="{itunes:image/@href}" alt=""/>
          <div>
            <h1><xsl:value-of select="title"/></h1>
            <p><xsl:value-of select="itunes:author"/></p>
          </div>
        </header>
        <h2>{{ strings.feed_page_episodes | html.escape }}</h2>
        <ol>
          <xsl:for-each select="item">
            <li><a href="{link}"><xsl:value-of select="title"/></a><small><xsl:value-of select="pubDate"/></small></li>
          </xsl:for-each>
        </ol>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
