print("zorg")
