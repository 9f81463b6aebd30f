"""The drawing code behind make-figure.py, one concern a module:

* truetype -- a minimal TrueType reader (cmap format 4, hmtx, glyf);
* svg -- small SVG helpers: elements, numbers, colours, documents, files;
* text -- lines of text as glyph outlines, and their measured widths;
* categories -- the themes (colour groups) and the 24 categories;
* pictograms -- the 48 x 48 pictogram of each category, and its icon file;
* figure -- the "What Rust is used for" figure: title, legend and tiles;
* appicon -- the application icon.
"""
