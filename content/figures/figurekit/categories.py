"""Data: themes (colour groups) and the 24 categories."""

# key -> (legend label, colour).  Every colour keeps white text/pictograms
# at a contrast ratio of at least 4.5:1.
GROUPS = [
    ("systems", "Systems & embedded", "#B7410E"),
    ("cloud", "Cloud & servers", "#1F5FA6"),
    ("web", "Web", "#2B7A3D"),
    ("data", "Data & science", "#6B3FA0"),
    ("apps", "Apps & media", "#A3325F"),
    ("tooling", "Tooling & security", "#4A5563"),
]
GROUP_COLOUR = {key: colour for key, _label, colour in GROUPS}

# (slug, title, group) in figure order: grouped by theme, read row by row.
CATEGORIES = [
    ("embedded-bare-metal", "Embedded devices (bare metal)", "systems"),
    ("embedded-with-os", "Embedded devices (with operating systems)", "systems"),
    ("iot", "IoT (Internet of Things)", "systems"),
    ("robotics", "Robotics", "systems"),
    ("backend", 'Server-side or "backend" application', "cloud"),
    ("cloud-applications", "Cloud computing applications", "cloud"),
    ("cloud-infrastructure", "Cloud computing infrastructure or utilities", "cloud"),
    ("distributed-systems", "Distributed systems", "cloud"),
    ("networking", "Computer networking", "cloud"),
    ("web-frontend", "Web application frontend", "web"),
    ("webassembly", "WebAssembly", "web"),
    ("data-science", "Data science", "data"),
    ("machine-learning", "Machine learning", "data"),
    ("scientific-computing", "Scientific and/or numeric computing", "data"),
    ("hpc", "HPC (High-performance [Super]Computing)", "data"),
    ("simulation", "Simulation", "data"),
    ("desktop-frontend", "Desktop computer application frontend", "apps"),
    ("mobile-frontend", "Mobile phone application frontend", "apps"),
    ("desktop-mobile-libraries", "Desktop computer or mobile phone libraries or services", "apps"),
    ("computer-graphics", "Computer graphics", "apps"),
    ("audio", "Audio programming", "apps"),
    ("programming-languages", "Programming languages and related tools (including compilers, IDEs, standard libraries, etc.)", "tooling"),
    ("security", "Computer security", "tooling"),
    ("blockchain", "Blockchain", "tooling"),
]
